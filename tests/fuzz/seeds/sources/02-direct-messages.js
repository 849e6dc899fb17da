window.YTD.direct_messages.part0 = [
  {
    "dmConversation": {
      "conversationId": "80000002-90000009",
      "messages": [
        {
          "messageCreate": {
            "recipientId": "90000009",
            "reactions": [],
            "urls": [],
            "text": "Sorry, I can't give medical advice here - please call 111 or see your GP.",
            "mediaUrls": [],
            "senderId": "80000002",
            "id": "1201000000000000002",
            "createdAt": "2019-12-05T10:05:00.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "80000002",
            "reactions": [],
            "urls": [
              {
                "url": "https://t.co/img9",
                "expanded": "https://example.org/photo",
                "display": "example.org/photo"
              }
            ],
            "text": "Hi doctor, you saw me in A&amp;E last week, is my rash normal? https://t.co/img9",
            "mediaUrls": [],
            "senderId": "90000009",
            "id": "1201000000000000001",
            "createdAt": "2019-12-05T09:00:00.000Z"
          }
        }
      ]
    }
  }
]