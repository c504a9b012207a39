//! Meeting scheduler for matchmaking events (work in progress).
