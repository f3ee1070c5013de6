/** The phase a project belongs to: the number its id starts with (`"3.1"` → 3). */
export function phaseOfProject(projectId: string): number {
	return Number(projectId.split(".")[0]);
}
