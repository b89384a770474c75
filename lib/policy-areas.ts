// The 12 canonical policy areas. Report headings change every year; these do not, so scorecards
// stay comparable across years and jurisdictions. Order is the display order.
export const POLICY_AREAS = [
  { code: "economy", nameZh: "经济运行", nameEn: "Economic performance" },
  { code: "jobs-income", nameZh: "就业收入", nameEn: "Jobs and income" },
  { code: "innovation", nameZh: "科技创新", nameEn: "Science and innovation" },
  { code: "industry", nameZh: "产业发展", nameEn: "Industry" },
  { code: "regional", nameZh: "区域协调", nameEn: "Regional coordination" },
  { code: "reform", nameZh: "改革", nameEn: "Reform" },
  { code: "opening-up", nameZh: "对外开放", nameEn: "Opening up" },
  { code: "rural", nameZh: "乡村振兴", nameEn: "Rural revitalisation" },
  { code: "urban", nameZh: "城乡建设", nameEn: "Urban and rural construction" },
  { code: "environment", nameZh: "生态环境", nameEn: "Environment" },
  { code: "social", nameZh: "社会民生", nameEn: "Social welfare" },
  { code: "safety-governance", nameZh: "安全治理", nameEn: "Safety and governance" },
] as const;

export type PolicyAreaName = (typeof POLICY_AREAS)[number]["nameZh"];

export function isPolicyAreaName(name: string): name is PolicyAreaName {
  return POLICY_AREAS.some((area) => area.nameZh === name);
}
