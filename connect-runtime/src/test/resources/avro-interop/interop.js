// Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
//
// A Confluent-format Avro client that nobody on the Sluice project wrote: kafkajs with
// @kafkajs/confluent-schema-registry (which encodes with avsc). AvroInteropTest runs it:
//   node interop.js produce BROKERS TOPIC REGISTRY_URL COUNT   registers the Reading schema under TOPIC-value and
//                                                              sends readings 1..COUNT, keyed by id as a string
//   node interop.js consume BROKERS TOPIC REGISTRY_URL COUNT   decodes COUNT records and prints each as a JSON line
'use strict';
const { Kafka, logLevel } = require('kafkajs');
const { SchemaRegistry, SchemaType } = require('@kafkajs/confluent-schema-registry');

const [mode, brokers, topic, registryUrl, countText] = process.argv.slice(2);
const count = Number(countText);
const kafka = new Kafka({ clientId: 'sluice-interop', brokers: brokers.split(','), logLevel: logLevel.ERROR });
const registry = new SchemaRegistry({ host: registryUrl });

const READING = {
  type: 'record',
  name: 'Reading',
  namespace: 'interop',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'sensor', type: 'string' },
    { name: 'value', type: 'double' },
    { name: 'note', type: ['null', 'string'], default: null },
    { name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } },
  ],
};

// The test computes the same values from the id.
function reading(i) {
  return {
    id: i,
    sensor: 'sensor-' + (i % 7) + ' ünï',
    value: i / 8,
    note: i % 3 === 0 ? null : 'note ' + i,
    at: 1700000000000 + i * 1000,
  };
}

async function produce() {
  const { id } = await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(READING) },
    { subject: topic + '-value' });
  const producer = kafka.producer();
  await producer.connect();
  const messages = [];
  for (let i = 1; i <= count; i++) {
    messages.push({ key: String(i), value: await registry.encode(id, reading(i)) });
  }
  await producer.send({ topic, messages });
  await producer.disconnect();
  console.log(JSON.stringify({ schemaId: id, sent: count }));
}

async function consume() {
  const consumer = kafka.consumer({ groupId: 'sluice-interop-' + process.pid + '-' + Date.now() });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  await new Promise((resolve, reject) => {
    consumer.run({
      eachMessage: async ({ message }) => {
        const value = await registry.decode(message.value);
        console.log(JSON.stringify(value, (key, v) => (typeof v === 'bigint' ? v.toString() : v)));
        seen += 1;
        if (seen >= count) {
          resolve();
        }
      },
    }).catch(reject);
  });
  await consumer.disconnect();
}

(mode === 'produce' ? produce() : consume()).then(
  () => process.exit(0),
  (error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exit(1);
  },
);
