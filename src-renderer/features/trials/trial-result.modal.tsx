import { Form, Input, Radio } from 'antd';
import type { TrialOut } from '../../../src-shared/contract/trials';
import { canSetResult, TRIAL_RESULTS, type TrialResult } from '../../../src-shared/domain/catalog';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { FormModal, required } from '../../ui/form-modal';
import { formatIsoDate } from '../../ui/format';

/** "Natija": Keldi / Kelmadi / Qabul qilindi / Rad etdi, with a note. */
export function TrialResultModal({
  trial,
  initialResult,
  onClose,
  onSaved,
}: {
  trial: TrialOut;
  /** Chosen already, e.g. by picking "Sinovga keldi" in the status list. */
  initialResult?: TrialResult;
  onClose(): void;
  onSaved(trial: TrialOut): void;
}) {
  const { t } = useI18n();
  const allowed = TRIAL_RESULTS.filter((r) => canSetResult(trial.result, r));
  return (
    <FormModal<{ result: TrialResult; note?: string }>
      name="result"
      title={`${t('trials.result')}: ${trial.groupName}, ${formatIsoDate(trial.date)} ${trial.time}`}
      initialValues={{ result: initialResult && allowed.includes(initialResult) ? initialResult : undefined }}
      onClose={onClose}
      onSubmit={async (v) => {
        onSaved(await api.trials.setResult({ id: trial.id, result: v.result, note: v.note }));
      }}
    >
      <Form.Item name="result" label={t('trials.result')} rules={required(t)}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={allowed.map((r) => ({ value: r, label: t(`result.${r}`) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('trials.resultNote')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
