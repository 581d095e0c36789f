export YUNXIN_APP_KEY=your-app-key YUNXIN_APP_SECRET=your-app-secret

# One message to three receivers
yunxin-im send --from alice --to bob,carol --to dave --text "Meeting moved to 3 pm"

# Any number of receivers from a file (one id per line): 100 per call, paced to your plan;
# the plan, one JSON line per receiver outcome, then a summary
yunxin-im send --from alice --to-file users.txt --text "Hi" --json > outcomes.jsonl

# Every flag, the exit statuses and the environment variables
yunxin-im send --help
