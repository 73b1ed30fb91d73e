import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TopologyGroup, TopologyNode } from '../../shared/topology/topology-model.ts';

/** Data of a system node. */
export type SystemNodeData = { node: TopologyNode };
/** Data of a site or cloud group node. */
export type GroupNodeData = { group: TopologyGroup };

/** A system: its short name, its domain, and its roles. */
export function SystemNode({ data }: NodeProps<Node<SystemNodeData>>) {
  const { t } = useTranslation();
  const [host, ...domain] = data.node.label.split('.');
  return (
    <div className="topology-system" title={data.node.label}>
      <Handle type="target" position={Position.Top} />
      <div className="topology-system-name">
        <strong>{host}</strong>
        {domain.length > 0 && <span className="muted">.{domain.join('.')}</span>}
      </div>
      <div className="topology-system-roles">{data.node.roles.map((role) => t(`roles.${role}`)).join(' · ')}</div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

/** A site (or the cloud) as a labelled box around its systems. */
export function GroupNode({ data }: NodeProps<Node<GroupNodeData>>) {
  const { t } = useTranslation();
  const kind = data.group.kind === 'cloud' ? t('roles.cmg') : data.group.siteType ? t(`siteTypes.${data.group.siteType}`) : '';
  return (
    <div className={`topology-group topology-group-${data.group.siteType ?? data.group.kind}`}>
      <div className="topology-group-label">
        <strong>{data.group.label}</strong> <span className="muted">{kind}</span>
      </div>
    </div>
  );
}
