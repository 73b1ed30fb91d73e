import { BaseEdge, getStraightPath, useInternalNode, type Edge, type EdgeProps, type InternalNode } from '@xyflow/react';

/** Data of a drawn link. */
export type FloatingEdgeData = { label?: string; color: string };

/**
 * A straight link drawn from the border of one system box to the border of the other, whatever
 * their relative position, so systems side by side in a row are joined by a short line instead of a
 * loop through fixed top and bottom handles.
 */
export function FloatingEdge({ id, source, target, markerEnd, markerStart, style, data, interactionWidth }: EdgeProps<Edge<FloatingEdgeData>>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode) return null;
  const from = borderPoint(sourceNode, targetNode);
  const to = borderPoint(targetNode, sourceNode);
  const [path, labelX, labelY] = getStraightPath({ sourceX: from.x, sourceY: from.y, targetX: to.x, targetY: to.y });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        {...(markerStart ? { markerStart } : {})}
        {...(style ? { style } : {})}
        {...(interactionWidth !== undefined ? { interactionWidth } : {})}
      />
      {data?.label && (
        // A halo of the canvas colour instead of React Flow's label box: the box measures its text
        // (a forced layout per label), which cost a quarter of a second on a 2,000-system diagram.
        <text className="react-flow__edge-text topology-edge-label" x={labelX} y={labelY} fill={data.color} textAnchor="middle" dominantBaseline="central">
          {data.label}
        </text>
      )}
    </>
  );
}

/** Where the line from this node's centre towards the other node's centre leaves this node's box. */
function borderPoint(node: InternalNode, other: InternalNode): { x: number; y: number } {
  const box = rectangle(node);
  const otherBox = rectangle(other);
  const dx = otherBox.cx - box.cx;
  const dy = otherBox.cy - box.cy;
  if (dx === 0 && dy === 0) return { x: box.cx, y: box.cy };
  const scale = Math.min(box.halfWidth / Math.abs(dx || Number.EPSILON), box.halfHeight / Math.abs(dy || Number.EPSILON));
  return { x: box.cx + dx * scale, y: box.cy + dy * scale };
}

function rectangle(node: InternalNode) {
  const width = node.measured.width ?? 0;
  const height = node.measured.height ?? 0;
  const { x, y } = node.internals.positionAbsolute;
  return { cx: x + width / 2, cy: y + height / 2, halfWidth: width / 2, halfHeight: height / 2 };
}
