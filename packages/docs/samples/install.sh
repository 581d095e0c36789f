npm install @yunxin-im/core @yunxin-im/signing      # one call: up to 100 receivers
npm install @yunxin-im/fanout                       # any number of receivers, paced to the rate limit
npm install @yunxin-im/queue                        # durable broadcasts on Redis, shared by many workers
npm install --save-dev @yunxin-im/contract-kit      # the contract suite for your CI
npm install --global @yunxin-im/cli                 # the yunxin-im command
