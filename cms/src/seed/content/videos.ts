import type { SeedVideo } from '../types';

/*
 * The demo town's videos (issue 17). The pictures are a test pattern made by ffmpeg at seed time
 * (../video.ts): they stand for a video in German Sign Language, so the video has no speech and
 * captions are not required — it carries them anyway, as the German text of what is signed.
 */
export const DGS_WELCOME: SeedVideo = {
  name: 'dgs-willkommen',
  title: 'Willkommen in Deutscher Gebärdensprache (Demo-Video)',
  speech: false,
  seconds: 8,
  cues: [
    { from: 0, to: 2.5, text: 'Herzlich willkommen auf der Website der Stadt Aschersleben.' },
    { from: 2.5, to: 5.5, text: 'Hier finden Sie bald alle wichtigen Informationen in Gebärdensprache.' },
    { from: 5.5, to: 8, text: 'Schreiben Sie uns gern eine E-Mail, wenn Sie Fragen haben.' },
  ],
  transcript:
    'Herzlich willkommen auf der Website der Stadt Aschersleben. Hier finden Sie bald alle wichtigen Informationen in Gebärdensprache. Schreiben Sie uns gern eine E-Mail, wenn Sie Fragen haben.\n\n(Demo-Video: Das Bild zeigt ein Testbild, keine Gebärdensprachdolmetscherin.)',
  posterAlt: 'Vorschaubild des Demo-Videos: ein farbiges Testbild',
};
