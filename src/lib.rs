//! syncbn facade
