import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { assignBlockIds, type BlockPins } from './block-ids.ts';

/**
 * Gives every heading and block of a report page its stable id (see block-ids.ts for the
 * scheme), with the pins the page entry's frontmatter holds (Astro hands the plugin the
 * entry's frontmatter as file.data.astro.frontmatter).
 */
export default function remarkBlockIds() {
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data as { astro?: { frontmatter?: { pins?: BlockPins } } }).astro?.frontmatter;
		assignBlockIds(tree, frontmatter?.pins ?? {});
	};
}
