/** The few jStat functions Polku uses (jstat ships no types). */
declare module 'jstat' {
  interface JStat {
    normal: {
      cdf(x: number, mean: number, sd: number): number;
      inv(p: number, mean: number, sd: number): number;
    };
    studentt: {
      pdf(x: number, dof: number): number;
      cdf(x: number, dof: number): number;
      inv(p: number, dof: number): number;
    };
  }
  const jStat: JStat;
  export default jStat;
}
