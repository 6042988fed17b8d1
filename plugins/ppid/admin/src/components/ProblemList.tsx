import { Box, Flex, Typography } from '@strapi/design-system';

import type { ApiProblem } from '../api/types';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { formatPath } from '../utils/errors';

/** Every validation problem the server found, each with the path it points at. */
export const ProblemList = ({ message, problems }: { message?: string; problems: ApiProblem[] }) => {
  const { t } = usePpidIntl();
  return (
    <Box role="alert" padding={4} background="danger100" borderColor="danger200" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography fontWeight="bold" textColor="danger700">
          {message ?? t('workflows.new.invalid', 'The definition is not valid.')}
        </Typography>
        {problems.length > 0 ? (
          <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }}>
            {problems.map((problem, i) => (
              <li key={`${formatPath(problem.path)}-${i}`}>
                <Typography variant="pi" textColor="danger700">
                  <Typography variant="pi" fontWeight="bold" tag="code" textColor="danger700">
                    {formatPath(problem.path) || t('workflows.new.root', '(whole definition)')}
                  </Typography>
                  {': '}
                  {problem.message}
                </Typography>
              </li>
            ))}
          </Box>
        ) : null}
      </Flex>
    </Box>
  );
};
