import { useTranslation } from 'react-i18next';
import { TARGET_PERIODS, type GoalKind } from '../../../shared/recovery/goals.js';
import { Field } from '../../components/field.js';

type Period = (typeof TARGET_PERIODS)[number];

interface Props {
  kind: GoalKind;
  amount: string;
  per: Period;
  unit: string;
  errors: { amount?: string; unit?: string };
  onChange: (patch: { amount?: string; per?: Period; unit?: string }) => void;
}

/** "At most / at least [amount] [unit] per [day|week]" for reduce and build goals. */
export function TargetFields({ kind, amount, per, unit, errors, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="subfields">
      <legend className="choices__legend">{t(`goals.target.legend.${kind}`)}</legend>
      <div className="target-fields">
        <Field label={t('goals.target.amount')} error={errors.amount}>
          {(a11y) => (
            <input {...a11y} type="number" inputMode="decimal" min={0} step="any" value={amount} onChange={(e) => onChange({ amount: e.target.value })} />
          )}
        </Field>
        <Field label={t('goals.target.unit')} optional hint={t(`goals.target.unitHint.${kind}`)} error={errors.unit}>
          {(a11y) => <input {...a11y} value={unit} maxLength={30} onChange={(e) => onChange({ unit: e.target.value })} />}
        </Field>
        <Field label={t('goals.target.per')}>
          {(a11y) => (
            <select {...a11y} value={per} onChange={(e) => onChange({ per: e.target.value as Period })}>
              {TARGET_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`goals.target.perOption.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
