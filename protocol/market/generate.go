package market

//go:generate go run ../internal/protogen/gen market.proto
