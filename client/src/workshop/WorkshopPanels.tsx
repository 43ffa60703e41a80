// The workshop's panels over the canvas: agenda and timer, drafts, voting, agreement, links.
// Each feature lives in its own folder under workshop/; this file only places them.
import type { CanvasPartProps } from '../canvas/canvasActions';

export function WorkshopPanels(props: CanvasPartProps) {
  void props;
  return <div className="workshop-panels" />;
}
