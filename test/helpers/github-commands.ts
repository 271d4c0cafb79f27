// How the GitHub Actions runner reads a workflow command's escaped values
// (the reverse of what @actions/core writes).
export const unescapeData = (value: string) => value.replace(/%0D/gu, '\r').replace(/%0A/gu, '\n').replace(/%25/gu, '%')
export const unescapeProperty = (value: string) => unescapeData(value.replace(/%3A/gu, ':').replace(/%2C/gu, ','))
