import type { TablePaginationConfig } from 'antd';

/** A server-paged table's pager: hidden while everything fits on one page, no size changer. */
export const serverPaging = (
  current: number,
  pageSize: number,
  total: number,
  onChange: (page: number) => void,
): TablePaginationConfig => ({
  current,
  pageSize,
  total,
  onChange,
  hideOnSinglePage: true,
  showSizeChanger: false,
});
