import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: { colorPrimary: '#1668dc', borderRadius: 8, fontSize: 14 },
  components: { Layout: { headerBg: '#ffffff', headerPadding: '0 24px' } },
};
