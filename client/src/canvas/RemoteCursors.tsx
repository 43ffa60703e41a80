// Other people's pointers: an arrow in their colour with their name, constant size on screen.
import { PALETTE } from '@kyoso/shared';
import { Group, Path } from 'react-konva';
import { useStore, useStoreSelector } from '../bindings/hooks';
import type { PeerPresence, Store } from '../sync/session-types';
import { NameTag, shownName } from './SelectionOutlines';
import type { Camera } from './viewport';

const zoomOf = (camera: Camera) => camera.zoom;
const ARROW = 'M0 0 L0 17 L4.5 12.5 L7.5 19.5 L10.5 18.2 L7.6 11.4 L13.5 11.4 Z';

export function RemoteCursors({
  peers,
  camera,
  namesHidden,
}: {
  peers: Store<readonly PeerPresence[]>;
  camera: Store<Camera>;
  /** An anonymous phase: arrows only (but the facilitator's). */
  namesHidden: Store<boolean>;
}) {
  const list = useStore(peers);
  const hideNames = useStore(namesHidden);
  const zoom = useStoreSelector(camera, zoomOf);
  return (
    <>
      {list.map((peer) =>
        peer.cursor ? (
          <Group key={peer.clientId} x={peer.cursor.x} y={peer.cursor.y} listening={false}>
            <Path
              data={ARROW}
              fill={peer.user.color}
              stroke={PALETTE.surface}
              strokeWidth={1.5}
              scaleX={1 / zoom}
              scaleY={1 / zoom}
            />
            <NameTag
              x={14 / zoom}
              y={40 / zoom}
              zoom={zoom}
              name={shownName(peer.user, hideNames)}
              color={peer.user.color}
            />
          </Group>
        ) : null,
      )}
    </>
  );
}
