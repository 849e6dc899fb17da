Grailbird.data.tweets_2015_01 = 
[
 {
  "entities": {
   "user_mentions": [],
   "hashtags": [],
   "urls": []
  },
  "geo": {},
  "id_str": "556000000000000001",
  "text": "First shift as an FY1 done. Exhausted but happy &lt;3",
  "created_at": "2015-01-24 02:02:37 +0000"
 }
]