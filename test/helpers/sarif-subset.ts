// The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that
// parllint's output uses, with the same required properties, types and enums.
// The official schema is not on the npm registry, so it is not vendored here.
const message = {type: 'object', required: ['text'], properties: {text: {type: 'string'}}}
const region = {
  type: 'object',
  properties: {
    startLine: {type: 'integer', minimum: 1},
    startColumn: {type: 'integer', minimum: 1},
    endLine: {type: 'integer', minimum: 1},
    endColumn: {type: 'integer', minimum: 1}
  }
}
export const SARIF_SUBSET = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: {type: 'string', format: 'uri'},
    version: {enum: ['2.1.0']},
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        additionalProperties: false,
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: {type: 'string'},
                  version: {type: 'string'},
                  semanticVersion: {type: 'string'},
                  informationUri: {type: 'string'},
                  rules: {
                    type: 'array',
                    uniqueItems: true,
                    items: {
                      type: 'object',
                      required: ['id'],
                      properties: {id: {type: 'string'}, name: {type: 'string'}, shortDescription: message, helpUri: {type: 'string'}}
                    }
                  }
                }
              }
            }
          },
          originalUriBaseIds: {type: 'object', additionalProperties: {type: 'object', properties: {uri: {type: 'string'}}}},
          columnKind: {enum: ['utf16CodeUnits', 'unicodeCodePoints']},
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              additionalProperties: false,
              properties: {
                ruleId: {type: 'string'},
                ruleIndex: {type: 'integer', minimum: -1},
                level: {enum: ['none', 'note', 'warning', 'error']},
                message,
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        properties: {
                          artifactLocation: {type: 'object', properties: {uri: {type: 'string'}, uriBaseId: {type: 'string'}}},
                          region
                        }
                      }
                    }
                  }
                },
                partialFingerprints: {type: 'object', additionalProperties: {type: 'string'}}
              }
            }
          }
        }
      }
    }
  }
}
