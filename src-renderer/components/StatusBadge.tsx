import { useTranslation } from 'react-i18next';
import type { EdgeStatus } from '../../shared/topology/topology-model.ts';

/** A status as a coloured pill that always carries its text (colour is never the only signal). */
export function StatusBadge({ status }: { status: EdgeStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
}
