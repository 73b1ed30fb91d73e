import { useTranslation } from 'react-i18next';
import { formatIssue, type ValidationIssue } from '../../shared/validation/issue.ts';

/** Located validation problems, one per line, in a monospace list a user can match to their file. */
export function IssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation();
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => (
        <li key={index}>
          <code>{formatIssue(issue, t)}</code>
        </li>
      ))}
    </ul>
  );
}
