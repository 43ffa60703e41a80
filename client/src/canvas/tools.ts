// The canvas tools and the letter that picks each one.
export const TOOLS = ['select', 'hand', 'sticky', 'rect', 'ellipse', 'text', 'frame', 'connector'] as const;
export type Tool = (typeof TOOLS)[number];

/** Tools that make a new shape by clicking or dragging on the canvas. */
export type CreationTool = Extract<Tool, 'sticky' | 'rect' | 'ellipse' | 'text' | 'frame'>;

export const TOOL_KEYS: Readonly<Record<Tool, string>> = {
  select: 'V',
  hand: 'H',
  sticky: 'N',
  rect: 'R',
  ellipse: 'O',
  text: 'T',
  frame: 'F',
  connector: 'C',
};

export const isCreationTool = (tool: Tool): tool is CreationTool =>
  tool === 'sticky' || tool === 'rect' || tool === 'ellipse' || tool === 'text' || tool === 'frame';

/** Tools that change the board: hidden and refused when the board is read-only. */
export const isEditingTool = (tool: Tool): boolean => tool !== 'select' && tool !== 'hand';
