import { ArrowLeftOutlined, EditOutlined, PhoneOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { formatDateTime, formatPhone } from '../../ui/format';
import { StatusTag } from '../../ui/lead-tags';
import { useRpc } from '../../ui/use-rpc';
import { TrialsCard } from '../trials/trials-card';
import { AssignModal } from './assign.modal';
import { EditLeadModal } from './edit-lead.modal';
import { LeadAccordions } from './lead-accordions';
import { LeadFollowups } from './lead-followups';
import { LeadHistory } from './lead-history';
import { StatusCard } from './status-card';
import { leadChangedElsewhere } from '../../ui/live';

/** The lead page: facts, status change, follow-ups, history. */
export function LeadPage() {
  const { t } = useI18n();
  const user = useUser();
  const id = Number(useParams().id);
  const {
    data: lead,
    error,
    reload,
    setData: setLead,
  } = useRpc(() => api.leads.get({ id }), [id], leadChangedElsewhere(id));
  const [dialog, setDialog] = useState<'edit' | 'assign' | null>(null);

  if (error) return <Result status="404" title={error} extra={<Link to="/leads">{t('leads.back')}</Link>} />;
  if (!lead) return <Card loading />;
  const phoneLink = (p: string | null) =>
    p ? (
      <a href={`tel:${p}`}>
        <PhoneOutlined /> {formatPhone(p)}
      </a>
    ) : (
      '—'
    );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/leads">
        <ArrowLeftOutlined /> {t('leads.back')}
      </Link>
      <Card
        title={
          <Space>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {lead.name}
            </Typography.Title>
            <span data-testid="lead-status">
              <StatusTag status={lead.status} />
            </span>
          </Space>
        }
        extra={
          <Space>
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
              {t('common.edit')}
            </Button>
            {user.role !== 'seller' && (
              <Button icon={<UserSwitchOutlined />} onClick={() => setDialog('assign')}>
                {t('leads.assign')}
              </Button>
            )}
          </Space>
        }
      >
        {!lead.sellerId && <Alert type="warning" showIcon title={t('leads.unassigned')} style={{ marginBottom: 12 }} />}
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="lead-facts">
          <Descriptions.Item label={t('leads.phone')}>{phoneLink(lead.phone)}</Descriptions.Item>
          <Descriptions.Item label={t('leads.extraPhone')}>{phoneLink(lead.extraPhone)}</Descriptions.Item>
          <Descriptions.Item label={t('leads.source')}>{t(`source.${lead.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('leads.courseOfInterest')}>{lead.courseName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('leads.responsible')}>
            {lead.sellerName ?? t('leads.unassigned')}
          </Descriptions.Item>
          <Descriptions.Item label={t('leads.createdAt')}>{formatDateTime(lead.createdAt)}</Descriptions.Item>
          {lead.lostReason && (
            <Descriptions.Item label={t('leads.lostReason')}>{t(`lost.${lead.lostReason}`)}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('leads.notes')} span={3}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{lead.notes || '—'}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <LeadAccordions lead={lead} />
            <TrialsCard lead={lead} onChanged={reload} />
            <LeadFollowups leadId={lead.id} canAdd={!!lead.sellerId} />
            <LeadHistory leadId={lead.id} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <StatusCard lead={lead} onChanged={setLead} />
        </Col>
      </Row>
      {dialog === 'edit' && (
        <EditLeadModal
          lead={lead}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setLead(saved);
          }}
        />
      )}
      {dialog === 'assign' && (
        <AssignModal
          leadIds={[lead.id]}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            void reload();
          }}
        />
      )}
    </Space>
  );
}
