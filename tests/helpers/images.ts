/** Small images with and without metadata, made with sharp, for the metadata gate's tests. */
import sharp from 'sharp';

export const GPS_EXIF = {
  IFD0: { Make: 'Acme', Model: 'Phone 12' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
};
export const XMP =
  '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jane</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

const base = () => sharp({ create: { width: 16, height: 16, channels: 3, background: '#7a8' } });

/** A JPEG with a GPS position in its EXIF block, as a phone camera writes it. */
export const gpsJpeg = () => base().withExif(GPS_EXIF).jpeg().toBuffer();

export const image = (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff', meta: 'none' | 'exif' | 'xmp' = 'none') => {
  const img = meta === 'exif' ? base().withExif(GPS_EXIF) : meta === 'xmp' ? base().withXmp(XMP) : base();
  return img.toFormat(format).toBuffer();
};
