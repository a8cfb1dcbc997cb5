/**
 * A share image's text and size: what the pages' sharing tags name and the renderer
 * (render.ts, loaded only when a card is drawn) lays out.
 */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export interface ShareCard {
	/** The site path the card is for: /2024/full/part-2/. */
	path: string;
	/** The report or page title: 2024年内蒙古自治区政府工作报告（全文）. */
	title: string;
	/** The part, or what the page is: 二、2024 年工作安排. */
	part: string;
	/** The opening words of the page's text, or what it offers. */
	excerpt: string;
}
