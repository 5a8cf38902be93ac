import { TagOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import type { FollowupOut } from '../../../src-shared/contract/followups';
import type { OfferOut } from '../../../src-shared/contract/offers';
import { showOnFollowups } from '../../../src-shared/domain/offers';
import { useI18n } from '../../app/i18n';
import { OfferCard } from '../offers/offer-card';

/** The follow-up and general offers that fit this row's lead (SPEC §5), one click away during the call. */
export function RowOffers({ row, offers, today }: { row: FollowupOut; offers: OfferOut[]; today: string }) {
  const { t } = useI18n();
  const lead = {
    status: row.leadStatus,
    courseId: row.leadCourseId,
    reactivationDue: row.kind === 'reactivation' && row.overdue,
  };
  const fit = offers.filter((o) => showOnFollowups(o, lead, today));
  if (!fit.length) return null;
  return (
    <Popover
      trigger="click"
      placement="left"
      content={
        <div style={{ maxWidth: 380 }}>
          {fit.map((o) => (
            <OfferCard key={o.id} offer={o} />
          ))}
        </div>
      }
    >
      <Button size="small" icon={<TagOutlined />}>
        {t('offers.forRow', { count: fit.length })}
      </Button>
    </Popover>
  );
}
