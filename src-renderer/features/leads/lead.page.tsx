import { ArrowLeftOutlined, EditOutlined, PhoneOutlined, SendOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { RpcError } from '../../../src-shared/contract/errors';
import type { TrialOut } from '../../../src-shared/contract/trials';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useUser } from '../../app/session';
import { useCentreClock } from '../../ui/centre-time';
import { formatDateTime, formatPhone } from '../../ui/format';
import { StatusTag } from '../../ui/lead-tags';
import { leadChangedElsewhere } from '../../ui/live';
import { useRpc } from '../../ui/use-rpc';
import { TrialDialogs, TrialsCard, trialStageAction, type TrialDialog } from '../trials/trials-card';
import { AssignModal } from './assign.modal';
import { EditLeadModal } from './edit-lead.modal';
import { LeadAccordions } from './lead-accordions';
import { LeadFollowups } from './lead-followups';
import { LeadHistory } from './lead-history';
import { StatusCard } from './status-card';

/** The lead page; an id that is not a number, or a lead that is not there, reads "Lid topilmadi". */
export function LeadPage() {
  const raw = useParams().id ?? '';
  return /^[1-9]\d{0,15}$/.test(raw) ? <LeadView key={raw} id={Number(raw)} /> : <LeadNotFound />;
}

function LeadNotFound() {
  const { t } = useI18n();
  return (
    <div data-testid="lead-not-found">
      <Result
        status="404"
        title={t('error.leadNotFound')}
        subTitle={t('leads.notFoundHint')}
        extra={
          <Link to="/leads">
            <Button type="primary" icon={<ArrowLeftOutlined />}>
              {t('leads.back')}
            </Button>
          </Link>
        }
      />
    </div>
  );
}

/** "Not there" (or not this seller's) is an answer, not a failure: `null`. */
const orMissing = <V,>(p: Promise<V>): Promise<V | null> =>
  p.catch((e: unknown) => {
    if (e instanceof RpcError && e.code === 'NOT_FOUND') return null;
    throw e;
  });

/**
 * Facts, status change, trials, follow-ups, history. What a save here returns is used as is; the
 * lead is fetched again only when a change elsewhere touched it or a call changed it without
 * returning it ("Biriktirish", a trial, "Bajarildi" with a status) — once per change.
 */
function LeadView({ id }: { id: number }) {
  const { t } = useI18n();
  const user = useUser();
  const clock = useCentreClock();
  const {
    data: lead,
    error,
    loading,
    reload,
    setData: setLead,
  } = useRpc(() => orMissing(api.leads.get({ id })), [id], leadChangedElsewhere(id));
  const trials = useRpc(() => api.trials.list({ leadId: id }), [id], leadChangedElsewhere(id));
  const [dialog, setDialog] = useState<'edit' | 'assign' | null>(null);
  const [trialDialog, setTrialDialog] = useState<TrialDialog | null>(null);

  if (error && !lead)
    return (
      <Result
        status="warning"
        title={error}
        extra={<Button onClick={() => void reload()}>{t('common.retry')}</Button>}
      />
    );
  if (!lead) return loading ? <Card loading /> : <LeadNotFound />;

  const trialSaved = (trial: TrialOut, statusChanged: boolean) => {
    trials.setData((list) => {
      const rest = (list ?? []).filter((x) => x.id !== trial.id);
      return [trial, ...rest].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
    });
    if (statusChanged) void reload();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/leads">
        <ArrowLeftOutlined /> {t('leads.back')}
      </Link>
      <Card
        // A long name wraps instead of being cut under the buttons.
        styles={{ title: { whiteSpace: 'normal' } }}
        title={
          <Space wrap style={{ padding: '8px 0' }}>
            <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
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
          <Descriptions.Item label={t('leads.phone')}>
            <PhoneLinks phone={lead.phone} />
          </Descriptions.Item>
          <Descriptions.Item label={t('leads.extraPhone')}>
            <PhoneLinks phone={lead.extraPhone} />
          </Descriptions.Item>
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
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', margin: 0 }}
              ellipsis={{
                rows: 3,
                expandable: 'collapsible',
                symbol: (open) => (open ? t('leads.less') : t('leads.more')),
              }}
            >
              {lead.notes || '—'}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <LeadAccordions lead={lead} />
            <TrialsCard lead={lead} trials={trials.data} onOpen={setTrialDialog} />
            <LeadFollowups leadId={lead.id} canAdd={!!lead.sellerId} onLeadChanged={() => void reload()} />
            <LeadHistory leadId={lead.id} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <StatusCard
            lead={lead}
            onChanged={setLead}
            onTrialStage={(stage) => {
              const action = trialStageAction(stage, lead, trials.data ?? [], clock?.today() ?? '', t);
              if (typeof action === 'string') return action;
              setTrialDialog(action);
              return null;
            }}
          />
        </Col>
      </Row>
      <TrialDialogs
        lead={lead}
        dialog={trialDialog}
        onClose={() => setTrialDialog(null)}
        onSaved={(trial, statusChanged) => {
          setTrialDialog(null);
          trialSaved(trial, statusChanged);
        }}
      />
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
            // The follow-ups panel and the history hear of the assignment by their own events.
            void reload();
          }}
        />
      )}
    </Space>
  );
}

/** A phone as a call link, with a Telegram chat button next to it. */
function PhoneLinks({ phone }: { phone: string | null }) {
  const { t } = useI18n();
  if (!phone) return <>—</>;
  const digits = phone.replace(/[^\d+]/g, '');
  return (
    <Space size={4}>
      <a href={`tel:${digits}`} title={t('leads.call')} data-testid="phone-link">
        <PhoneOutlined /> {formatPhone(phone)}
      </a>
      <Tooltip title={t('leads.telegram')}>
        <Button
          type="text"
          size="small"
          icon={<SendOutlined />}
          href={`https://t.me/${digits}`}
          target="_blank"
          rel="noreferrer"
          aria-label={t('leads.telegram')}
          data-testid="telegram-link"
        />
      </Tooltip>
    </Space>
  );
}
