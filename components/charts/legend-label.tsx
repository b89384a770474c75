// Legend words in body text colour: the swatch carries the series colour, the word must stay readable
// (Recharts colours it like the series by default, which fails contrast for light fills).
export const legendLabel = (value: string) => <span style={{ color: "#334155" }}>{value}</span>;
