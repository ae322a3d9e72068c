import { useTranslation } from 'react-i18next';
import { Fieldset, toggleValue } from '../../ui/Fieldset';
import { useRefData } from '../reference/ref-labels';

/**
 * 五大面向 with their topics: a checkbox per facet (at least one), and under each checked facet
 * its topics. Unchecking a facet drops its topics. Deactivated facets and topics appear only
 * where the record already has them.
 */
export function FacetTopics({
  facets,
  topics,
  onFacets,
  onTopics,
  error,
}: {
  readonly facets: readonly string[];
  readonly topics: readonly string[];
  readonly onFacets: (facets: string[]) => void;
  readonly onTopics: (topics: string[]) => void;
  readonly error?: string | undefined;
}) {
  const { t } = useTranslation();
  const ref = useRefData();
  const allFacets = ref.items('facet').filter((f) => f.active || facets.includes(f.code));
  const facetOrder = allFacets.map((f) => f.code);
  const topicOrder = ref.items('topic').map((i) => i.code);
  return (
    <Fieldset
      legend={t('cases.field.facets')}
      description={t('cases.field.facetsHelp')}
      required
      requiredMark={t('common.requiredMark')}
      error={error}
      testId="facets"
    >
      <div className="facet-list">
        {allFacets.map((f) => {
          const on = facets.includes(f.code);
          const label = ref.label('facet', f.code);
          const facetTopics = ref
            .items('topic', f.code)
            .filter((i) => i.active || topics.includes(i.code));
          return (
            <div key={f.code} className="facet" data-checked={on}>
              <label className="checkbox facet-name">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => {
                    onFacets(toggleValue(facets, f.code, e.target.checked, facetOrder));
                    if (!e.target.checked) {
                      const mine = new Set(facetTopics.map((i) => i.code));
                      onTopics(topics.filter((c) => !mine.has(c)));
                    }
                  }}
                />
                {label}
              </label>
              {on && facetTopics.length > 0 ? (
                <fieldset className="topic-group">
                  <legend className="visually-hidden">
                    {t('cases.field.topicsOf', { facet: label })}
                  </legend>
                  {facetTopics.map((i) => (
                    <label key={i.code} className="checkbox">
                      <input
                        type="checkbox"
                        checked={topics.includes(i.code)}
                        onChange={(e) =>
                          onTopics(toggleValue(topics, i.code, e.target.checked, topicOrder))
                        }
                      />
                      {ref.label('topic', i.code)}
                    </label>
                  ))}
                </fieldset>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
