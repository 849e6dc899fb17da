window.__THAR_CONFIG = {
  "userInfo": {
    "accountId": "81000003",
    "userName": "drtomhale",
    "displayName": "Dr Tom Hale"
  },
  "archiveInfo": {
    "sizeBytes": "2000",
    "generationDate": "2024-10-01T10:00:00.000Z",
    "isPartialArchive": false,
    "maxPartSizeBytes": "53687091200"
  },
  "dataTypes": {
    "tweets": {
      "mediaDirectory": "data/tweets_media",
      "files": [
        {
          "fileName": "data/tweets.js",
          "globalName": "YTD.tweets.part0",
          "count": "2"
        },
        {
          "fileName": "data/tweets-part1.js",
          "globalName": "YTD.tweets.part1",
          "count": "1"
        }
      ]
    },
    "noteTweet": {
      "files": [
        {
          "fileName": "data/note-tweet.js",
          "globalName": "YTD.note_tweet.part0",
          "count": "1"
        }
      ]
    }
  }
}