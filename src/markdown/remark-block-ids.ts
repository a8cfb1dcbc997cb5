import type { Root } from 'mdast';
import { assignBlockIds } from './block-ids.ts';

/** Gives every heading and block of a report page its stable id (see block-ids.ts for the scheme). */
export default function remarkBlockIds() {
	return (tree: Root) => {
		assignBlockIds(tree);
	};
}
