import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../app/i18n';
import { downloadBase64 } from './download';
import { errorText } from './errors';

/** The one way a file the core builds is downloaded: busy while it comes, the refusal as a toast. */
export function DownloadButton(props: {
  load: () => Promise<{ fileName: string; contentBase64: string }>;
  label: string;
  title?: string;
  type?: 'primary' | 'default';
  testId: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await props.load();
      downloadBase64(file.fileName, file.contentBase64);
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      type={props.type}
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void download()}
      title={props.title}
      data-testid={props.testId}
    >
      {props.label}
    </Button>
  );
}
