import type { CollectionConfig } from 'payload'

type AfterErrorHook = NonNullable<NonNullable<CollectionConfig['hooks']>['afterError']>[number]

/**
 * For collections of personal data, a refusal looks like absence: whoever may not see an
 * application, a file or the trail gets 404, not 401/403, so nothing confirms that it exists.
 */
export const answerNotFoundWhenRefused: AfterErrorHook = ({ error }) => {
  const status = (error as { status?: number }).status
  if (status === 401 || status === 403)
    return { status: 404, response: { errors: [{ message: 'Not Found' }] } }
}
