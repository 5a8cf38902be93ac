import { Space, Tag, Typography } from 'antd';
import type { OfferOut } from '../../../src-shared/contract/offers';
import { PRIORITY_COLOR, PRIORITY_EDGE } from '../../../src-shared/domain/priority';
import { useI18n } from '../../app/i18n';
import { formatIsoDate } from '../../ui/format';

/** One offer as a seller reads it during a call: title, priority colour, text, dates, audience. */
export function OfferCard({ offer }: { offer: OfferOut }) {
  const { t } = useI18n();
  return (
    <div
      style={{ borderLeft: `4px solid ${PRIORITY_EDGE[offer.priority]}`, paddingLeft: 12, marginBottom: 12 }}
      data-testid="offer"
    >
      <Space wrap>
        <Typography.Text strong>{offer.title}</Typography.Text>
        <Tag color={PRIORITY_COLOR[offer.priority]}>{t(`priority.${offer.priority}`)}</Tag>
        <Tag>{t(`offerType.${offer.type}`)}</Tag>
      </Space>
      {offer.description && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
          {offer.description}
        </Typography.Paragraph>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatIsoDate(offer.validFrom)} – {formatIsoDate(offer.validTo)} · {t(`audience.${offer.audience}`)}
        {offer.courseName ? ` · ${offer.courseName}` : ''}
      </Typography.Text>
    </div>
  );
}
