import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { chineseCount } from '../../core/numerals.ts';
import type { Publication } from '../../core/schemas/publication.ts';
import { EDITION_LABEL } from '../../core/shelf.ts';
import { readCheckedYaml } from '../../core/yaml-document.ts';

/**
 * Text recognised from images, told as such: the passages of such a publication
 * whose text shows an evident recognition error are declared by hand
 * (content/recognition-suspects.yml), each by its exact text, never guessed at build
 * time; the text stays as published and its reading page marks the passage.
 */
export const SUSPECTS_FILE = 'content/recognition-suspects.yml';

const suspectSchema = z.object({ publication: z.string().min(1), text: z.string().min(1), why: z.string().min(1) }).strict();
export type Suspect = z.infer<typeof suspectSchema>;
/** The file as the content layer keeps it (src/content.config.ts): its entries in order. */
export const suspectsSchema = z.object({ suspects: z.array(suspectSchema) }).strict();

/** The file's entries; an empty file declares none. */
const suspectsFileSchema = z
	.array(suspectSchema)
	.nullish()
	.transform((suspects) => suspects ?? []);

/** Where in the file an issue stands: `entry 2: why`. */
const entryPath = (path: readonly PropertyKey[]) => `${typeof path[0] === 'number' ? `entry ${path[0] + 1}` : '(top)'}: ${path.slice(1).join('.') || 'entry'}`;

export function parseSuspects(text: string, file = SUSPECTS_FILE): Suspect[] {
	return readCheckedYaml(text, file, suspectsFileSchema, entryPath).value;
}

export const SUSPECTS_HINT = 'Each entry is { publication, text, why }.';

export interface SuspectBlock {
	/** The page's path and the block's id, where the passage stands. */
	path: string;
	id: string;
	text: string;
}

export interface PlacedSuspect extends Suspect {
	path: string;
	id: string;
}

/**
 * Where each declared passage stands: in exactly one block of its publication, which
 * the manifest says was recognised from images. Anything else is refused, naming the
 * entry: a passage that is not there (or no longer there after a correction), one
 * that is there twice (quote more of it), one of a publication not recognised.
 */
export function placeSuspects(
	suspects: readonly Suspect[],
	publications: readonly Publication[],
	blocksOf: (publication: string) => SuspectBlock[],
	file = SUSPECTS_FILE,
): PlacedSuspect[] {
	return suspects.map((suspect, index) => {
		const where = `${file}: entry ${index + 1} (${suspect.publication}, “${suspect.text}”)`;
		const publication = publications.find((p) => p.id === suspect.publication);
		if (!publication) throw new AstroError(`${where}: no publication ${suspect.publication} in the manifest`, 'Use a publication id of content/sources/manifest.yml.');
		if (!publication.recognisedFromImages) {
			throw new AstroError(
				`${where}: the manifest does not say this publication was recognised from images`,
				'Only a publication with recognisedFromImages: true can have suspected recognition errors.',
			);
		}
		const found = blocksOf(publication.id).flatMap((block) => {
			const count = block.text.split(suspect.text).length - 1;
			return Array.from({ length: count }, () => block);
		});
		if (found.length === 0)
			throw new AstroError(`${where}: the text does not occur in the publication`, 'Copy the passage exactly as the publication prints it (without the Markdown marks).');
		if (found.length > 1) throw new AstroError(`${where}: the text occurs ${found.length} times`, 'Quote more of the passage, so that it occurs once.');
		return { ...suspect, path: found[0]!.path, id: found[0]!.id };
	});
}

/** What the site's footer can say of the texts, no more than the manifest records. */
export function provenanceStatement(publications: readonly Publication[]): string {
	const recognised = publications.filter((p) => p.recognisedFromImages);
	const verbatim = publications.length - recognised.length;
	const head = `文本据官方发布的${chineseCount(publications.length)}种版本收录`;
	if (recognised.length === 0) return `${head}，逐字照录，仅去除版面痕迹（换行、转版标记）。各版本间的差异照原样保留。`;
	const labels = [...new Set(recognised.map((p) => EDITION_LABEL[p.edition]))].join('、');
	return `${head}：${chineseCount(verbatim)}种逐字照录，${chineseCount(recognised.length)}种（${labels}）的文字由图片识别而来，可能有识别错误，照原样保留，疑似之处在页中标出；各版本仅去除版面痕迹（换行、转版标记），彼此间的差异照原样保留。`;
}
