import { Col, QRCode, Row, Space, Typography } from 'antd';
import { type Output } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { formatTime } from '../../ui/format';

export type LinkCode = Output<'telegram.linkCode'>;

/** The one-time code: the deep link to open on the phone, its QR code, the steps and until when it works. */
export function LinkCodeView({ code }: { code: LinkCode }) {
  const { t } = useI18n();
  return (
    <Row gutter={[24, 16]} align="middle" wrap data-testid="tg-code-box">
      <Col flex="none">
        <QRCode value={code.deepLink} size={168} data-testid="tg-qr" />
      </Col>
      <Col flex="1 1 240px" style={{ minWidth: 0 }}>
        <Space orientation="vertical" size="small" style={{ width: '100%' }}>
          <span>
            {t('tg.code')}:{' '}
            <Typography.Text strong copyable code data-testid="tg-code">
              {code.code}
            </Typography.Text>
          </span>
          <a
            href={code.deepLink}
            target="_blank"
            rel="noreferrer"
            data-testid="tg-link"
            style={{ overflowWrap: 'anywhere' }}
          >
            {code.deepLink}
          </a>
          <Typography.Text type="secondary">{t('tg.linkSteps')}</Typography.Text>
          <Typography.Text type="secondary" data-testid="tg-expires">
            {t('tg.expiresAt', { time: formatTime(code.expiresAt) })}
          </Typography.Text>
        </Space>
      </Col>
    </Row>
  );
}
