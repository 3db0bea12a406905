// PLACEHOLDER until the sample register lands: fills a register from seed 001.
import type { CoreContext } from '../context';
import { must } from '../dispatcher';

export function fillSample(ctx: CoreContext): void {
  must(ctx, 'createOrganisation', { name: 'Belgian Mobile ID SA/NV', country: 'BE' });
}
