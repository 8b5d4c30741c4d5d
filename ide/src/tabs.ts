export interface IdeTab {
  query: string;
  variables?: string;
}
