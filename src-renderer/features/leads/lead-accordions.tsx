import { FileTextOutlined, GiftOutlined } from '@ant-design/icons';
import { Card, Empty, Tabs, Typography } from 'antd';
import type { LeadOut } from '../../../src-shared/contract/leads';
import { api } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { useRpc } from '../../ui/use-rpc';
import { OfferCard } from '../offers/offer-card';

/**
 * "Takliflar va Chegirmalar" and "Sotuv Scripti": what the seller reads while talking to the client,
 * as two labelled tabs, open at a glance rather than folded away.
 */
export function LeadAccordions({ lead }: { lead: LeadOut }) {
  const { t } = useI18n();
  const offers = useRpc(() => api.offers.forLead({ leadId: lead.id }), [lead.id, lead.status, lead.courseId]);
  const courses = useRpc(() => api.courses.list({ includeInactive: true }), []);
  const script = courses.data?.find((c) => c.id === lead.courseId)?.salesScript ?? '';
  const count = offers.data?.length ?? 0;
  return (
    <Card size="small" data-testid="lead-accordions" styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        items={[
          {
            key: 'offers',
            icon: <GiftOutlined />,
            label: `${t('offers.accordion')}${count ? ` (${count})` : ''}`,
            children: count ? (
              offers.data!.map((o) => <OfferCard key={o.id} offer={o} />)
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('offers.none')} />
            ),
          },
          {
            key: 'script',
            icon: <FileTextOutlined />,
            label: `${t('script.accordion')}${lead.courseName ? `: ${lead.courseName}` : ''}`,
            children: script ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="sales-script">
                {script}
              </Typography.Paragraph>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('script.none')} />
            ),
          },
        ]}
      />
    </Card>
  );
}
