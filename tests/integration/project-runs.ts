import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';
import { copyProject, linkPackages } from '../support/project-copy.ts';

/**
 * What the integration tests of the build's safety share: a copy of the project to run
 * the CLIs in, runs started without waiting (so that two can run at once, or one be
 * interrupted), and snapshots of what a run writes, byte for byte.
 */

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The project's pinned Node, not whatever `node` is on the PATH. */
export const NODE = join(ROOT, 'node_modules/.bin/node');

/** The generated content a run writes: these must hold one run's output, whole. */
export const CONTENT_OUTPUTS = ['content/publication-pages', 'content/published-urls.json', 'content/indicators', 'content/words/words.json', 'content/sources/versions'] as const;

/** The folders a build keeps while it runs (dist.building-<pid>, dist.replaced-<pid>: scripts/build.ts): none may be left after one that ended. */
export function runLeftovers(project: string): string[] {
	return readdirSync(project).filter((name) => /^dist\.(building|replaced)-\d+$/.test(name));
}

export async function makeProjectCopy(prefix: string): Promise<string> {
	const project = mkdtempSync(join(tmpdir(), prefix));
	await copyProject(ROOT, project);
	await linkPackages(join(ROOT, 'node_modules'), project);
	return project;
}

export interface RunResult {
	status: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	/** Both, for failure messages. */
	output: string;
}

export interface Run {
	/** Resolves once the process has exited. */
	done: Promise<RunResult>;
	/** Resolves when the process prints a line matching the pattern (on stdout or stderr); rejects if it exits first. */
	printed(pattern: RegExp): Promise<void>;
	kill(signal: NodeJS.Signals): void;
}

/** Starts `node <script> [args]` in the project, not waiting for it. A run that is still going after `timeoutMs` is killed (and fails the test). */
export function startRun(project: string, script: string, args: string[] = [], env: Record<string, string> = {}, timeoutMs = 10 * 60_000): Run {
	const child = spawn(NODE, [script, ...args], { cwd: project, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	const watchers: { pattern: RegExp; resolve: () => void; reject: (e: Error) => void }[] = [];
	const check = () => {
		for (const w of [...watchers]) {
			if (w.pattern.test(stdout) || w.pattern.test(stderr)) {
				watchers.splice(watchers.indexOf(w), 1);
				w.resolve();
			}
		}
	};
	// Colour codes stripped: Astro colours its log where the environment asks for it (FORCE_COLOR, as on CI), and patterns match the words.
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += stripVTControlCharacters(chunk);
		check();
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += stripVTControlCharacters(chunk);
		check();
	});
	const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
	// 'exit', not 'close': a child of the run (Pagefind's indexer) may hold the pipes a moment longer.
	const done = new Promise<RunResult>((resolve) => {
		child.on('exit', (status, signal) => {
			clearTimeout(timer);
			// Let the pipes deliver what the process wrote before it exited.
			setTimeout(() => {
				for (const w of watchers.splice(0)) w.reject(new Error(`${script} exited before printing ${w.pattern}:\n${stdout}${stderr}`));
				resolve({ status, signal, stdout, stderr, output: `${stdout}\n${stderr}` });
			}, 200);
		});
	});
	return {
		done,
		printed: (pattern) =>
			new Promise<void>((resolve, reject) => {
				watchers.push({ pattern, resolve, reject });
				check();
			}),
		kill: (signal) => child.kill(signal),
	};
}

export const run = (project: string, script: string, args: string[] = [], env: Record<string, string> = {}) => startRun(project, script, args, env).done;

/** Every file below a folder (or the one file), by path from the project, with its SHA-256. */
export async function snapshot(project: string, paths: readonly string[]): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	const hash = async (file: string) =>
		createHash('sha256')
			.update(await readFile(file))
			.digest('hex');
	for (const path of paths) {
		const full = join(project, path);
		if (!existsSync(full)) continue;
		if (statSync(full).isFile()) {
			files[path] = await hash(full);
			continue;
		}
		const entries = await readdir(full, { recursive: true, withFileTypes: true });
		for (const entry of entries.filter((e) => e.isFile())) {
			const file = join(entry.parentPath, entry.name);
			files[relative(project, file)] = await hash(file);
		}
	}
	return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Which of the expected states a snapshot is, by name, or `a mix` (with the first paths that differ from each). */
export function whichState(actual: Record<string, string>, states: Record<string, Record<string, string>>): string {
	for (const [name, state] of Object.entries(states)) if (JSON.stringify(actual) === JSON.stringify(state)) return name;
	const differ = (state: Record<string, string>) => [...new Set([...Object.keys(actual), ...Object.keys(state)])].filter((path) => actual[path] !== state[path]).slice(0, 5);
	return `a mix: ${Object.entries(states)
		.map(([name, state]) => `differs from ${name} at ${differ(state).join(', ')}`)
		.join('; ')}`;
}

/** Lines of a process's output that are a stack trace's. */
export function stackLines(output: string): string[] {
	return output.split('\n').filter((line) => /^\s+at .+[(:]\d+/.test(line) || /^\s*Error \[ERR_/.test(line));
}

/** Replaces a source's text, recording its new hash in the manifest as a deliberate change would. */
export function replaceSourceText(project: string, source: string, replace: (text: string) => string): void {
	const manifest = join(project, 'content/sources/manifest.yml');
	const before = readFileSync(join(project, source));
	const after = Buffer.from(replace(before.toString('utf8')), 'utf8');
	const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
	const text = readFileSync(manifest, 'utf8');
	if (!text.includes(hash(before))) throw new Error(`${source}: its hash is not in the manifest`);
	writeFileSync(join(project, source), after);
	writeFileSync(manifest, text.replace(hash(before), hash(after)));
}

/**
 * Corrects a published source as a maintainer would (README, "Correcting a source"): its
 * text replaced, its new hash in the manifest, and the correction declared in
 * content/corrections.yml, so that the ingest accepts the changed paragraphs.
 */
export function correctSource(project: string, source: string, replace: (text: string) => string): void {
	const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');
	const from = hash(readFileSync(join(project, source)));
	replaceSourceText(project, source, replace);
	const to = hash(readFileSync(join(project, source)));
	const corrections = join(project, 'content/corrections.yml');
	const declared = `- { source: ${source.replace('content/sources/', '')}, from: ${from}, to: ${to}, date: 2026-12-01, reason: test }\n`;
	// The file holds an empty list (`[]`) until a first correction is declared.
	writeFileSync(corrections, `${readFileSync(corrections, 'utf8').replace(/^\[\]\s*$/m, '')}${declared}`);
}

/**
 * What a maintainer runs after changing a source or the manifest (README, "Adding a
 * report"): the steps that write the generated content, then the build that checks it.
 * Stops at the first step that fails; its status and everything printed so far.
 */
export function generateAndBuild(project: string): { status: number | null; output: string } {
	let output = '';
	for (const script of ['scripts/ingest.ts', 'scripts/indicators.ts', 'scripts/words.ts', 'scripts/build.ts']) {
		const result = spawnSync(NODE, [script], { cwd: project, encoding: 'utf8', timeout: 10 * 60_000 });
		output += `$ ${script}\n${result.stdout}${result.stderr}`;
		if (result.status !== 0) return { status: result.status, output };
	}
	return { status: 0, output };
}
