"""Remote helper co-browse (远程帮办): the wire protocol, the platform's relay and a websocket client."""
