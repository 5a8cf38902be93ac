import { Form, Input, Radio } from 'antd';
import type { TrialOut } from '../../../src-shared/contract/trials';
import { canSetResult, TRIAL_RESULTS, type TrialResult } from '../../../src-shared/domain/catalog';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { FormModal, required } from '../../ui/form-modal';
import { formatIsoDate } from '../../ui/format';

/** "Natija": Keldi / Kelmadi / Qabul qilindi / Rad etdi, with a note. */
export function TrialResultModal({ trial, onClose, onSaved }: { trial: TrialOut; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const allowed = TRIAL_RESULTS.filter((r) => canSetResult(trial.result, r));
  return (
    <FormModal<{ result: TrialResult; note?: string }>
      title={`${t('trials.result')}: ${trial.groupName}, ${formatIsoDate(trial.date)}`}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.trials.setResult({ id: trial.id, result: v.result, note: v.note });
        onSaved();
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
