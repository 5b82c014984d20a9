import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'

/**
 * A GraphQL validation rule that refuses a query nested deeper than `max` fields, before it runs:
 * Payload limits complexity (`maxComplexity`) but not depth, and relations make cycles
 * (request → outlet → requests → …) that a small complexity can still reach.
 */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const depth = selectionDepth(context, operation.selectionSet, new Set())
      if (depth > max) context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; at most ${max} are allowed.`, { nodes: [operation] }))
    },
  })
}

function selectionDepth(context: ValidationContext, set: SelectionSetNode | undefined, seenFragments: Set<string>): number {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + selectionDepth(context, selection.selectionSet, seenFragments) : 1)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(context, selection.selectionSet, seenFragments))
    } else {
      const name = selection.name.value
      if (seenFragments.has(name)) continue
      const fragment = context.getFragment(name)
      deepest = Math.max(deepest, selectionDepth(context, fragment?.selectionSet, new Set([...seenFragments, name])))
    }
  }
  return deepest
}
