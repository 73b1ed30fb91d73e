import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import type { TopologyGroup, TopologyNode } from '../../shared/topology/topology-model.ts';

/**
 * Data of a system node, with its roles already in words: a node does not subscribe to the
 * translations itself, since 2,000 subscriptions slowed the first drawing of a large hierarchy.
 */
export type SystemNodeData = { node: TopologyNode; roles: string };
/** Data of a site or cloud group node, with its kind (primary site…) in words. */
export type GroupNodeData = { group: TopologyGroup; kind: string };

/**
 * A system: its short name, its domain, and its roles. The box has room for the roles on three lines
 * (French and Dutch role names are long); a long domain breaks at its first dot.
 */
export function SystemNode({ data }: NodeProps<Node<SystemNodeData>>) {
  const [host, ...domain] = data.node.label.split('.');
  return (
    <div className="topology-system" title={data.node.label} data-id={data.node.id}>
      <Handle type="target" position={Position.Top} />
      <div className="topology-system-name">
        <strong>{host}</strong>
        <wbr />
        {domain.length > 0 && <span className="muted">.{domain.join('.')}</span>}
      </div>
      <div className="topology-system-roles">{data.roles}</div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

/** A site (or the cloud) as a labelled box around its systems. */
export function GroupNode({ data }: NodeProps<Node<GroupNodeData>>) {
  return (
    <div className={`topology-group topology-group-${data.group.siteType ?? data.group.kind}`}>
      <div className="topology-group-label">
        <strong>{data.group.label}</strong> <span className="muted">{data.kind}</span>
      </div>
    </div>
  );
}
