import { z } from 'zod';
import type { StoredRecord, StoredSchool } from '../migrations/types';

/**
 * A Uint8Array in a backup file is a base64 string: JSON has no bytes, and a class's packed
 * marks are then about a third longer instead of four times longer as a list of numbers.
 */
export const Base64Bytes = z.codec(
	z.base64({ error: 'The packed marks of a record are damaged' }),
	z.custom<Uint8Array>((value) => value instanceof Uint8Array),
	{
		decode: (text) => z.util.base64ToUint8Array(text),
		encode: (bytes) => z.util.uint8ArrayToBase64(bytes)
	}
);

/** A Float64Array (the change times of a record's pupils) as the base64 of its bytes. */
export const Base64Floats = z.codec(
	z
		.base64({ error: 'The change times of a record are damaged' })
		.refine(
			(text) => z.util.base64ToUint8Array(text).length % 8 === 0,
			'The change times of a record are damaged'
		),
	z.custom<Float64Array>((value) => value instanceof Float64Array),
	{
		decode: (text) => new Float64Array(z.util.base64ToUint8Array(text).slice().buffer),
		encode: (floats) =>
			z.util.uint8ArrayToBase64(new Uint8Array(floats.buffer, floats.byteOffset, floats.byteLength))
	}
);

/**
 * In a backup, each record's Uint8Array fields are moved into its `bytes` field, and its
 * Float64Array fields into `floats`, encoded. The rest of the record is as stored, so any
 * version's records pack and unpack the same way and the migrations see the records exactly as
 * the database holds them.
 */
export const PackedRecordSchema = z
	.looseObject({
		bytes: z.record(z.string(), Base64Bytes).optional(),
		floats: z.record(z.string(), Base64Floats).optional()
	})
	.transform(({ bytes, floats, ...record }): StoredRecord => ({ ...record, ...bytes, ...floats }));

/** A stored record ready for JSON: its typed arrays as base64. */
export function packRecord(record: StoredRecord): StoredRecord {
	const packed: StoredRecord = {};
	const bytes: Record<string, string> = {};
	const floats: Record<string, string> = {};
	for (const [key, value] of Object.entries(record)) {
		if (value instanceof Uint8Array) bytes[key] = z.encode(Base64Bytes, value);
		else if (value instanceof Float64Array) floats[key] = z.encode(Base64Floats, value);
		else packed[key] = value;
	}
	if (Object.keys(bytes).length > 0) packed.bytes = bytes;
	if (Object.keys(floats).length > 0) packed.floats = floats;
	return packed;
}

/** A school ready for JSON: every table of records, and the settings record, packed. */
export function packSchool(school: object): StoredSchool {
	return Object.fromEntries(
		Object.entries(school).map(([table, value]) => [
			table,
			Array.isArray(value) ? value.map(packRecord) : packRecord(value as StoredRecord)
		])
	);
}

const PackedSchoolSchema = z.record(
	z.string(),
	z.union([z.array(PackedRecordSchema), PackedRecordSchema], {
		error: 'Part of the backup is not a list of records'
	})
);

/** The school of a backup file with its records' bytes decoded, or zod's account of why not. */
export function unpackSchool(school: unknown) {
	return PackedSchoolSchema.safeParse(school);
}
