import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeMeaning } from '../../shared/logs/finding-text.ts';
import { explain, type ExplainResult } from '../../shared/logs/classify.ts';

/** CMTrace's Error Lookup, explained: a code in any form, or a message, with what it means and the fix. */
export function ErrorLookup() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<ExplainResult | null>(null);
  return (
    <section className="card" aria-labelledby="lookup-heading">
      <h3 id="lookup-heading">{t('ui.logs.lookup')}</h3>
      <form
        className="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          setResult(query.trim() ? explain(query.trim()) : null);
        }}
      >
        <input aria-label={t('ui.logs.lookup')} value={query} placeholder={t('ui.logs.lookupPlaceholder')} onChange={(event) => setQuery(event.target.value)} size={34} />
        <button type="submit">{t('ui.logs.lookupButton')}</button>
      </form>
      {result && (
        <div aria-live="polite">
          {result.codes.length === 0 && !result.knowledge && <p className="muted">{t('ui.logs.lookupNothing')}</p>}
          {result.codes.map((code) => (
            <p key={code.display}>
              <code>{code.display}</code> {code.known ? <strong>{code.known.name}</strong> : t('logs.lookupUnknownCode', { display: '' })}
              {code.known && `: ${codeMeaning(t, code.known)} (${t(`logs.category.${code.known.category}`)})`}
            </p>
          ))}
          {result.knowledge && (
            <dl className="finding-details">
              <dt>{t(`logs.category.${result.knowledge.category}`)}</dt>
              <dd>{t(`knowledge.entry.${result.knowledge.id}.explanation`)}</dd>
              <dt>{t('ui.logs.fix')}</dt>
              <dd>{t(`knowledge.entry.${result.knowledge.id}.fix`)}</dd>
            </dl>
          )}
        </div>
      )}
    </section>
  );
}
