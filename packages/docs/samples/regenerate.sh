# After editing spec/openapi.yaml (and bumping its info.version):
pnpm generate    # rewrite packages/core/src/generated/ from the spec, then commit it
pnpm test        # fails while the generated code is stale; re-checks the client against Prism
pnpm run docs    # rebuild this site: the API reference and the package pages
pnpm changeset   # describe the change for each published package it affects
