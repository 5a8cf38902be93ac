import { Alert, App, Button, Card, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { RpcError } from '../../../src-shared/contract/errors';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { useFormSubmit } from '../../ui/use-form-submit';
import { SellerSelect } from '../../ui/pickers';
import { LeadFields, type LeadFormValues } from './lead-fields';

type Values = LeadFormValues & { sellerId: number | 'auto' };

/** "Yangi Lid". A duplicate phone is refused with a link to the lead that has it (when the user may see it). */
export function NewLeadPage() {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [existing, setExisting] = useState<number | null>(null);
  const {
    busy,
    error,
    submit: save,
  } = useFormSubmit(form, async (v: Values) => {
    setExisting(null);
    try {
      const lead = await api.leads.create({
        ...v,
        extraPhone: v.extraPhone || null,
        courseId: v.courseId ?? null,
        sellerId: user.role === 'seller' ? undefined : v.sellerId,
      });
      message.success(t('leads.created'));
      if (lead.sellerId === null) message.warning(t('leads.nobodyEligible'));
      navigate(`/leads/${lead.id}`);
    } catch (e) {
      if (e instanceof RpcError && typeof e.body.details.leadId === 'number') setExisting(e.body.details.leadId);
      throw e;
    }
  });

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('leads.new')}
        </Typography.Title>
      }
      style={{ maxWidth: 760 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {existing && (
        <Alert
          type="warning"
          showIcon
          title={<Link to={`/leads/${existing}`}>{t('leads.openExisting')}</Link>}
          style={{ marginBottom: 16 }}
          data-testid="duplicate-link"
        />
      )}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ source: 'instagram', sellerId: 'auto' }}>
        <LeadFields />
        {user.role !== 'seller' && (
          <Form.Item name="sellerId" label={t('leads.seller')}>
            <SellerSelect<number | 'auto'> extra={[{ value: 'auto', label: t('leads.auto') }]} />
          </Form.Item>
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
